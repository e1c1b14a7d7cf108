class Empty:
    pass


class Base:
    """A base class."""
    count = 0

    def __init__(self, name):
        self.name = name
        Base.count += 1

    def __repr__(self):
        return f"Base({self.name!r})"

    def __eq__(self, other):
        return isinstance(other, Base) and self.name == other.name

    def __hash__(self):
        return hash(self.name)


class Child(Base):
    def __init__(self, name, extra):
        super().__init__(name)
        self.extra = extra

    def method(self):
        return __class__


class Meta(type):
    pass


class WithMeta(Base, metaclass=Meta):
    x: int = 0


class Private:
    __secret = 1

    def get(self):
        return self.__secret


class Outer:
    class Inner:
        def m(self):
            return super().m()
