# The list methods tutorials use.
tasks = ["fetch", "parse"]
tasks.append("store")
tasks.extend(["log", "notify"])
tasks.insert(0, "connect")
print(tasks, len(tasks))
tasks.remove("log")
last = tasks.pop()
first = tasks.pop(0)
print(last, first, tasks)
print(tasks.index("parse"), tasks.count("fetch"), tasks.count("missing"))
nums = [5, 2, 9, 1, 5, 6]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
nums.reverse()
print(nums)
copy = nums.copy()
copy.append(100)
print(nums, copy)
copy.clear()
print(copy)
try:
    tasks.remove("missing")
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    tasks.index("nope")
except ValueError as e:
    print("ValueError:", e)
