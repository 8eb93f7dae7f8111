# sys.setrecursionlimit raises or lowers the depth at which RecursionError happens.
import sys

def depth(n):
    return n if n == 0 else depth(n - 1) + 1

print(sys.getrecursionlimit())
print(depth(900))
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit(), depth(2500))
sys.setrecursionlimit(200)
try:
    depth(500)
except RecursionError as e:
    print(type(e).__name__, e)
print(depth(100))
sys.setrecursionlimit(1000)

def count_frames(n=0):
    try:
        return count_frames(n + 1)
    except RecursionError:
        return n

sys.setrecursionlimit(300)
small = count_frames()
sys.setrecursionlimit(600)
large = count_frames()
print("raising the limit allows deeper recursion:", large > small, 250 < large - small <= 300)
sys.setrecursionlimit(1000)
