# A very long linked list of __slots__ objects (and of plain ones) is
# freed without recursing once per node.
class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next):
        self.value = value
        self.next = next


class Plain:
    def __init__(self, next):
        self.next = next


head = None
for i in range(300000):
    head = Node(i, head)
print(head.value, head.next.value)
head = None
chain = None
for i in range(300000):
    chain = Plain(chain)
chain = None
print("freed")
