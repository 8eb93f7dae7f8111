# Methods of a class defined inside a function can use nonlocal on the function's variables.
def make_counter_class():
    created = 0
    class Counted:
        def __init__(self):
            nonlocal created
            created += 1
            self.number = created
        @staticmethod
        def total():
            return created
    return Counted

Counted = make_counter_class()
a, b, c = Counted(), Counted(), Counted()
print(a.number, b.number, c.number, Counted.total())

Other = make_counter_class()
Other()
print(Other.total(), Counted.total())

def outer():
    label = "outer label"
    class K:
        label = "class label"
        def method(self):
            return label
        def via_self(self):
            return self.label
    return K()
k = outer()
print(k.method(), "|", k.via_self())

def class_var_not_closure():
    class K:
        x = 1
        def get(self):
            try:
                return x
            except NameError as e:
                return "NameError: " + str(e)
    return K().get()
print(class_var_not_closure())
