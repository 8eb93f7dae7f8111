# heapq and bisect: priority queues, top-k, sorted insertion
import heapq
import bisect

heap = []
for value in [5, 3, 8, 1, 9, 2, 7, 1, 6]:
    heapq.heappush(heap, value)
    print(heap)
print([heapq.heappop(heap) for _ in range(4)], heap)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), data)
print(sorted(data) == [heapq.heappop(data) for _ in range(len(data))])

tasks = []
heapq.heappush(tasks, (2, "write code"))
heapq.heappush(tasks, (5, "relax"))
heapq.heappush(tasks, (1, "write spec"))
heapq.heappush(tasks, (2, "test code"))
while tasks:
    print(heapq.heappop(tasks))

scores = {"ann": 88, "bob": 95, "cy": 70, "dee": 95, "eve": 60}
print(heapq.nlargest(3, scores, key=scores.get))
print(heapq.nsmallest(2, scores.items(), key=lambda kv: kv[1]))
print(heapq.nlargest(2, [3, 1, 4, 1, 5]), heapq.nsmallest(10, [3, 1, 2]), heapq.nlargest(0, [1]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 3, 6, 9])))
print(list(heapq.merge(["apple", "fig"], ["banana", "kiwi"], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 4], reverse=True)))
print(list(heapq.merge()), list(heapq.merge([], [1])))


def dijkstra(graph, start):
    dist = {start: 0}
    queue = [(0, start)]
    while queue:
        d, node = heapq.heappop(queue)
        if d > dist.get(node, float("inf")):
            continue
        for nxt, w in graph[node]:
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                heapq.heappush(queue, (nd, nxt))
    return dist


graph = {"a": [("b", 7), ("c", 9), ("f", 14)], "b": [("c", 10), ("d", 15)],
         "c": [("d", 11), ("f", 2)], "d": [("e", 6)], "e": [], "f": [("e", 9)]}
print(sorted(dijkstra(graph, "a").items()))

grades = [60, 70, 80, 90]
print([("FDCBA")[bisect.bisect(grades, s)] for s in [33, 99, 77, 70, 89, 90, 100]])
a = [1, 2, 2, 2, 3]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 2))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 0))
sorted_list = []
for v in [5, 1, 4, 1, 3]:
    bisect.insort(sorted_list, v)
print(sorted_list)
bisect.insort_left(sorted_list, 4)
bisect.insort_right(sorted_list, 1)
print(sorted_list)
people = [("ann", 23), ("bob", 31), ("cy", 45)]
print(bisect.bisect_left(people, 31, key=lambda p: p[1]))
bisect.insort(people, ("dee", 30), key=lambda p: p[1])
print(people)

for bad in [lambda: heapq.heappop([]),
            lambda: heapq.heappush(1, 2),
            lambda: heapq.heapify((1,)),
            lambda: heapq.heapreplace([], 1),
            lambda: heapq.heappop(5),
            lambda: bisect.bisect([1], 1, -1),
            lambda: bisect.insort((1,), 1),
            lambda: bisect.bisect(1, 1),
            lambda: heapq.heappush([1], "a")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
