class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, iterable=()):
        self.head = None
        self.size = 0
        for x in reversed(list(iterable)):
            self.push(x)

    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty LinkedList")
        node = self.head
        self.head = node.next
        self.size -= 1
        return node.value

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __len__(self):
        return self.size

    def __contains__(self, value):
        return any(v == value for v in self)

    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev

    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"


class BST:
    def __init__(self):
        self.root = None
        self.count = 0

    def insert(self, key):
        if self.root is None:
            self.root = [key, None, None]
            self.count += 1
            return
        node = self.root
        while True:
            if key == node[0]:
                return
            side = 1 if key < node[0] else 2
            if node[side] is None:
                node[side] = [key, None, None]
                self.count += 1
                return
            node = node[side]

    def inorder(self, node="root"):
        if node == "root":
            node = self.root
        if node is not None:
            yield from self.inorder(node[1])
            yield node[0]
            yield from self.inorder(node[2])

    def __iter__(self):
        stack, node = [], self.root
        while stack or node:
            while node:
                stack.append(node)
                node = node[1]
            node = stack.pop()
            yield node[0]
            node = node[2]

    def height(self, node="root"):
        if node == "root":
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node[1]), self.height(node[2]))

    def levels(self):
        level = [self.root] if self.root else []
        while level:
            yield [n[0] for n in level]
            level = [c for n in level for c in (n[1], n[2]) if c]


ll = LinkedList("abcde")
print(ll, len(ll), "c" in ll, "z" in ll)
ll.reverse()
print(list(ll), ll.pop(), ll.pop(), ll)
it = iter(ll)
print(next(it), next(it), next(it, "done"), next(it, "done"))
empty = LinkedList()
try:
    empty.pop()
except IndexError as e:
    print("IndexError:", e)
tree = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30]:
    tree.insert(k)
print(list(tree), tree.count, tree.height())
print(list(tree.inorder()) == sorted(tree))
for depth, level in enumerate(tree.levels()):
    print(f"{depth}: {' '.join(str(x).center(4) for x in level)}")
gen = (x * x for x in tree if x % 2 == 0)
print(sum(gen), list(gen))
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.insert(w)
print(", ".join(words), max(words), min(words, key=len))
pairs = list(zip(tree, ll))
print(pairs)
print(dict(enumerate(tree.levels(), start=1)))
