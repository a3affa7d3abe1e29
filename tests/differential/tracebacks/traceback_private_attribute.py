class Vault:
    def __init__(self, secret):
        self.__secret = secret
        self.public = "visible"

    def reveal(self):
        return self.__secret


v = Vault("gold")
print(v.reveal(), v.public, sorted(vars(v)))
print(v._Vault__secret)
print(v.__secret)
