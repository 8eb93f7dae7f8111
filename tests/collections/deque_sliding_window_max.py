from collections import deque
def window_max(nums, k):
    q, out = deque(), []
    for i, n in enumerate(nums):
        while q and nums[q[-1]] <= n:
            q.pop()
        q.append(i)
        if q[0] <= i - k:
            q.popleft()
        if i >= k - 1:
            out.append(nums[q[0]])
    return out
print(window_max([1, 3, -1, -3, 5, 3, 6, 7], 3))
print(window_max(list(range(20, 0, -1)), 4))
history = deque(maxlen=5)
for cmd in ["ls", "cd", "pwd", "ls", "git", "make", "vim"]:
    history.append(cmd)
print(list(history), history[0], history[-1])
pal = deque("racecar")
while len(pal) > 1 and pal.popleft() == pal.pop():
    pass
print(len(pal) <= 1)
