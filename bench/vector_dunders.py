# Operator dunders on a user class: a 3D Vector with __add__, __sub__, __mul__, __eq__, __abs__.
class Vector:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y and self.z == other.z

    def __abs__(self):
        return (self.x * self.x + self.y * self.y + self.z * self.z) ** 0.5

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z


pos = Vector(0.0, 0.0, 0.0)
vel = Vector(1.0, 0.5, -0.25)
acc = Vector(0.0, -0.01, 0.0)
equal_hits = 0
energy = 0.0
for step in range(480000):
    vel = vel + acc * 0.5
    pos = pos + 0.01 * vel
    if step % 1000 == 0:
        vel = vel - Vector(0.0, vel.y * 2, 0.0)
    if Vector(1, 2, 3) == Vector(1, 2, 3):
        equal_hits += 1
    energy += vel.dot(vel)
print("vector_dunders", "%.6f" % abs(pos), "%.6f" % energy, equal_hits)
