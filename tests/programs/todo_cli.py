import sys


class Task:
    _ids = iter(range(1, 1000))

    def __init__(self, title, priority="normal", tags=()):
        self.id = next(Task._ids)
        self.title = title
        self.priority = priority
        self.tags = set(tags)
        self.done = False

    def __repr__(self):
        mark = "x" if self.done else " "
        tags = f" #{' #'.join(sorted(self.tags))}" if self.tags else ""
        return f"[{mark}] {self.id:>2}. {self.title} ({self.priority}){tags}"


class TodoList:
    PRIORITIES = ("low", "normal", "high")

    def __init__(self):
        self.tasks = {}

    def add(self, title, priority="normal", *tags):
        if priority not in self.PRIORITIES:
            raise ValueError(f"priority must be one of {', '.join(self.PRIORITIES)}")
        task = Task(title, priority, tags)
        self.tasks[task.id] = task
        return task

    def complete(self, task_id):
        try:
            task = self.tasks[task_id]
        except KeyError:
            raise LookupError(f"no task {task_id}") from None
        if task.done:
            raise RuntimeError(f"task {task_id} already done")
        task.done = True

    def remove_done(self):
        done = [t for t in self.tasks.values() if t.done]
        for t in done:
            del self.tasks[t.id]
        return len(done)

    def view(self, tag=None):
        rank = {p: i for i, p in enumerate(self.PRIORITIES)}
        tasks = [t for t in self.tasks.values() if tag is None or tag in t.tags]
        return sorted(tasks, key=lambda t: (t.done, -rank[t.priority], t.id))


def run(commands, todo):
    for line in commands:
        cmd, *args = line.split(maxsplit=1)
        arg = args[0] if args else ""
        try:
            if cmd == "add":
                title, *rest = [p.strip() for p in arg.split("|")]
                todo.add(title, *(rest[0].split() if rest else []))
            elif cmd == "done":
                todo.complete(int(arg))
            elif cmd == "list":
                for t in todo.view(arg or None):
                    print("   ", t)
            elif cmd == "clean":
                print(f"    removed {todo.remove_done()}")
            else:
                print(f"unknown command: {cmd}", file=sys.stderr)
                print(f"    ?? {cmd}")
        except (ValueError, LookupError, RuntimeError) as e:
            print(f"    error ({type(e).__name__}): {e}")


todo = TodoList()
run([
    "add Buy milk | low shop",
    "add Write report | high work",
    "add Call mum",
    "add Fix bike | urgent",
    "add Pay rent | high home money",
    "list",
    "done 2",
    "done 2",
    "done 99",
    "done two",
    "list work",
    "list",
    "clean",
    "frobnicate",
    "list",
], todo)
print(sys.argv[0].endswith("todo_cli.py"), len(todo.tasks), sorted(todo.tasks))
print("a", "b", sep="-", end="!\n")
print(*todo.view(), sep="\n")
if (n := len(todo.tasks)) > 2:
    print(f"{n=} {n * 2 = } {todo.tasks[1].title=!s:>12}")
sys.stdout.write("bye\n")
sys.exit(f"exiting with {n} tasks")
