# string module constants and capwords
import string

for name in ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'digits', 'hexdigits',
             'octdigits', 'punctuation', 'printable', 'whitespace']:
    value = getattr(string, name)
    print(name, len(value), repr(value))

print(string.capwords('hello world'))
print(string.capwords('  the  QUICK brown\tfox\n'))
print(string.capwords('a-b-c d', '-'))
print(string.capwords("it's o'neil"), repr(string.capwords('')), repr(string.capwords('   ')))
print(string.capwords('x,,y', ','))

print(all(c in string.printable for c in string.ascii_letters + string.digits))
print(sum(1 for c in 'Hello, World! 123' if c in string.punctuation))
print(''.join(c for c in 'a1b2c3' if c in string.digits))
table = str.maketrans('', '', string.punctuation)
print('Hello, World! (test)'.translate(table))
print([c for c in string.hexdigits if c not in string.digits])

def caesar(text, shift):
    lower = string.ascii_lowercase
    upper = string.ascii_uppercase
    table = str.maketrans(lower + upper, lower[shift:] + lower[:shift] + upper[shift:] + upper[:shift])
    return text.translate(table)


print(caesar('Hello, World!', 3), caesar(caesar('Hello, World!', 3), 23))
print(int('ff', 16) == sum(string.hexdigits.index(c) * 16 ** i for i, c in enumerate(reversed('ff'))))
