# Default thread names count up across all threads made, with the
# target's name in parentheses.
import threading


def job():
    pass


class Worker(threading.Thread):
    def run(self):
        pass


made = [
    threading.Thread(target=job),
    threading.Thread(),
    Worker(),
    threading.Thread(target=lambda: None),
    threading.Thread(target=job, name="explicit"),
    threading.Thread(target=Worker.run),
    threading.Thread(target=print),
    threading.Thread(target=job),
]
for t in made:
    print(t.name)
print(repr(made[0]), repr(made[2]))
t = threading.Thread(target=job, daemon=True)
print(repr(t))
