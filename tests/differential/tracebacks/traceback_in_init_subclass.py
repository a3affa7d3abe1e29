class Base:
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if not hasattr(cls, "name"):
            raise TypeError(f"{cls.__name__} must define 'name'")
        print("registered", cls.name)


class Good(Base):
    name = "good"


class Bad(Base):
    pass
