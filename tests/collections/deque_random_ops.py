# pseudo-random mix of deque operations (fixed LCG), checked against a list
from collections import deque
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % (2 ** 31)
    return seed % n
for maxlen in (None, 7):
    d, model = deque(maxlen=maxlen), []
    def fit_left():
        while maxlen is not None and len(model) > maxlen:
            model.pop(0)
    def fit_right():
        while maxlen is not None and len(model) > maxlen:
            model.pop()
    trace = []
    for step in range(3000):
        op = rnd(9)
        if op == 0:
            d.append(step); model.append(step); fit_left()
        elif op == 1:
            d.appendleft(step); model.insert(0, step); fit_right()
        elif op == 2 and model:
            trace.append(d.pop() == model.pop())
        elif op == 3 and model:
            trace.append(d.popleft() == model.pop(0))
        elif op == 4:
            n = rnd(7) - 3
            d.rotate(n)
            if model:
                k = n % len(model)
                model[:] = model[-k:] + model[:-k] if k else model
        elif op == 5:
            xs = [step, step + 1, step + 2][:rnd(4)]
            d.extend(xs); model.extend(xs); fit_left()
        elif op == 6:
            xs = [-step, -step - 1][:rnd(3)]
            d.extendleft(xs)
            for x in xs:
                model.insert(0, x)
            fit_right()
        elif op == 7 and model:
            i = rnd(len(model))
            trace.append(d[i] == model[i] and d[-1 - i] == model[-1 - i])
        elif op == 8 and model and maxlen is None:
            i = rnd(len(model))
            del d[i]; del model[i]
        if list(d) != model:
            print("mismatch at", step, op)
            break
    print(maxlen, len(d), all(trace), len(trace), list(d)[:5], list(reversed(d))[:3])
