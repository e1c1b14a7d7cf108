# Single inheritance, overriding, super(), isinstance and issubclass.
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def describe(self):
        return f"{type(self).__name__} named {self.name}"
class Dog(Animal):
    sound = "woof"
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def describe(self):
        return super().describe() + f" ({self.breed})"
class Puppy(Dog):
    def speak(self):
        return super().speak().upper() + "!"
animals = [Animal("generic"), Dog("rex", "lab"), Puppy("bit", "pug")]
for a in animals:
    print(a.speak(), "|", a.describe())
p = animals[2]
print(isinstance(p, Dog), isinstance(p, Animal), isinstance(animals[0], Dog))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, (int, Animal)))
print([c.__name__ for c in Puppy.__mro__], Puppy.__bases__[0].__name__)
class Base:
    def __init__(self):
        print("Base init")
class Child(Base):
    def __init__(self):
        print("Child init before")
        super().__init__()
        print("Child init after")
Child()
class Shape:
    def area(self):
        raise NotImplementedError("subclasses must implement area")
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
print(Square(3).area())
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
