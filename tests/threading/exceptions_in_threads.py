# An uncaught exception ends its thread (traceback on stderr); the rest
# of the program goes on.
import threading


def fails():
    raise ValueError("boom")


def works(out):
    out.append("worked")


out = []
t = threading.Thread(target=fails)
t.start()
t.join()
print("after failing thread:", t.is_alive())
w = threading.Thread(target=works, args=(out,))
w.start()
w.join()
print(out)

caught = []
old_hook = threading.excepthook


def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))


threading.excepthook = hook
t = threading.Thread(target=fails, name="hooked")
t.start()
t.join()
threading.excepthook = old_hook
print(caught)


def exits():
    raise SystemExit(3)


t = threading.Thread(target=exits)
t.start()
t.join()
print("SystemExit in a thread ends only that thread")
