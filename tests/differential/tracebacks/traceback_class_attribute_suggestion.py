class Settings:
    DEBUG = False
    TIMEOUT = 30

    @classmethod
    def describe(cls):
        return f"debug={cls.DEBUG} timeout={cls.TIMEOUT}"


print(Settings.describe())
print(Settings.TIMOUT)
