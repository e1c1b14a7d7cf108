# Slicing lists: reading, assigning, deleting, steps.
nums = list(range(10))
print(nums[2:5], nums[:3], nums[7:], nums[::3], nums[::-1], nums[-2:], nums[8:100], nums[5:1:-1])
nums[2:5] = ["a", "b"]
print(nums)
nums[:0] = [-1]
print(nums)
del nums[::2]
print(nums)
nums[1:3] = []
print(nums)
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
shared = [[0] * 3] * 3
shared[0][0] = 9
print(shared)
copy = nums[:]
copy.append("new")
print(len(nums), len(copy))
letters = list("abcdefg")
letters[1::2] = ["X"] * 3
print(letters)
