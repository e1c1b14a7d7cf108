# typing is importable and annotations are ignored at run time.
import typing
from typing import Any, Callable, Dict, List, Optional, Tuple, Union, Awaitable
import asyncio
def process(items: List[int], key: Optional[Callable[[int], int]] = None) -> Dict[str, Any]:
    key = key or (lambda v: v)
    return {"total": sum(map(key, items)), "count": len(items)}
def pair(a: Union[int, str]) -> Tuple[str, str]:
    return (str(a), type(a).__name__)
async def fetch(n: int) -> str:
    await asyncio.sleep(0)
    return f"item-{n}"
async def run_all(coros: List[Awaitable[str]]) -> List[str]:
    return await asyncio.gather(*coros)
print(process([1, 2, 3]), process([1, 2], key=lambda v: v * 10))
print(pair(5), pair("x"), typing.TYPE_CHECKING)
print(asyncio.run(run_all([fetch(i) for i in range(3)])))
