def shout(s):
    return s.upper() + "!"

def words(s):
    return s.split()
