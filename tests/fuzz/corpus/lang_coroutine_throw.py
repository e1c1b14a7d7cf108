# throw() into a suspended coroutine.
class Pause:
    def __await__(self):
        return (yield "waiting")
async def guarded():
    try:
        await Pause()
    except ValueError as e:
        print("handled inside:", e)
        await Pause()
        return "recovered"
    finally:
        print("finally runs")
c = guarded()
print(c.send(None))
print(c.throw(ValueError("bad data")))
try:
    c.send(None)
except StopIteration as stop:
    print("result:", stop.value)
async def unguarded():
    await Pause()
u = unguarded()
u.send(None)
try:
    u.throw(KeyError("boom"))
except KeyError as e:
    print("propagated:", repr(e))
