class ValidationError(Exception):
    def __init__(self, errors):
        self.errors = errors
        super().__init__(f"{len(errors)} error(s)")


class Field:
    def __init__(self, kind, *, required=True, default=None, check=None):
        self.kind = kind
        self.required = required
        self.default = default
        self.check = check
        self.name = None

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        if self.check and not self.check(value):
            raise ValueError(f"{self.name} failed check: {value!r}")
        obj.__dict__[self.name] = value


class Record:
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.fields = [k for k, v in vars(cls).items() if isinstance(v, Field)]

    def __init__(self, **data):
        errors = []
        for name in self.fields:
            field = type(self).__dict__[name]
            if name not in data:
                if field.required:
                    errors.append(f"{name}: missing")
                continue
            try:
                setattr(self, name, data.pop(name))
            except (TypeError, ValueError) as e:
                errors.append(str(e))
        for extra in sorted(data):
            errors.append(f"{extra}: unexpected field")
        if errors:
            raise ValidationError(errors)

    def as_dict(self):
        return {name: getattr(self, name) for name in self.fields}

    def __repr__(self):
        inner = ", ".join(f"{k}={v!r}" for k, v in self.as_dict().items())
        return f"{type(self).__name__}({inner})"

    def __eq__(self, other):
        return type(self) is type(other) and self.as_dict() == other.as_dict()


class User(Record):
    name = Field(str, check=lambda s: 0 < len(s) <= 10)
    age = Field(int, check=lambda n: 0 <= n < 150)
    email = Field(str, required=False, default="-", check=lambda s: "@" in s)


class Point(Record):
    x = Field((int, float).__class__ and float)
    y = Field(float)


print(User.fields, Point.fields)
samples = [
    {"name": "ann", "age": 31},
    {"name": "bob", "age": 200, "email": "bob@x.org"},
    {"name": "", "age": "12", "email": "nope"},
    {"age": 5, "nick": "x", "zzz": 1},
    {"name": "carol", "age": 44, "email": "c@c"},
    {"name": "dan", "age": True},
]
good = []
for data in samples:
    try:
        u = User(**data)
    except ValidationError as e:
        print(f"invalid ({e}):")
        for err in e.errors:
            print("   ", err)
    else:
        good.append(u)
        print("ok:", u)
print(good[0] == User(name="ann", age=31), good[0] == good[1])
print(type(User.name).__name__, isinstance(User.age, Field), User.age.name)
p = Point(x=1.5, y=2.0)
print(p, p.as_dict())
try:
    p.x = 3
except TypeError as e:
    print(e)
print(sorted(good, key=lambda u: u.age, reverse=True))
