import asyncio
import aiofiles
import aiofiles.os

async def read_file(path):
    """异步读取文件"""
    async with aiofiles.open(path, mode='r', encoding='utf-8') as f:
        return await f.read()

async def write_file(path, content):
    """异步写入文件"""
    async with aiofiles.open(path, mode='w', encoding='utf-8') as f:
        await f.write(content)

async def batch_process_files(input_dir, output_dir):
    """批量异步处理文件"""
    # 获取所有文件
    files = await aiofiles.os.listdir(input_dir)
    
    async def process(file):
        content = await read_file(f"{input_dir}/{file}")
        processed = content.upper()  # 示例处理
        await write_file(f"{output_dir}/{file}", processed)
        return file
    
    # 并发处理(限制并发数为 10)
    semaphore = asyncio.Semaphore(10)
    
    async def limited_process(file):
        async with semaphore:
            return await process(file)
    
    tasks = [limited_process(f) for f in files if f.endswith('.txt')]
    completed = await asyncio.gather(*tasks)
    
    print(f"处理完成: {len(completed)} 个文件")

asyncio.run(main())
