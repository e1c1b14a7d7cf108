# The __main__ guard and module-level code order.
import asyncio
print("module level, __name__ =", __name__)
async def main():
    print("in main")
    return 0
def helper():
    return "helper"
if __name__ == "__main__":
    print("running as a script")
    print(asyncio.run(main()), helper())
else:
    print("imported")
