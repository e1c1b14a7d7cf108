import asyncio
import aiomysql

async def fetch_users(pool, user_ids):
    """并发查询用户"""
    async with pool.acquire() as conn:
        async with conn.cursor(aiomysql.DictCursor) as cur:
            # 构造 IN 查询
            placeholders = ','.join(['%s'] * len(user_ids))
            sql = f"SELECT * FROM users WHERE id IN ({placeholders})"
            await cur.execute(sql, user_ids)
            return await cur.fetchall()

async def batch_insert(pool, users):
    """批量插入用户"""
    async with pool.acquire() as conn:
        async with conn.cursor() as cur:
            sql = "INSERT INTO users (name, email) VALUES (%s, %s)"
            await cur.executemany(sql, users)
            await conn.commit()

async def main():
    pool = await aiomysql.create_pool(
        host='localhost',
        port=3306,
        user='root',
        password='password',
        db='myapp',
        minsize=5,
        maxsize=10,
    )
    
    try:
        # 查询
        users = await fetch_users(pool, [1, 2, 3])
        print(f"查询到 {len(users)} 个用户")
        
        # 插入
        new_users = [
            ('Alice', 'alice@example.com'),
            ('Bob', 'bob@example.com'),
        ]
        await batch_insert(pool, new_users)
        
    finally:
        pool.close()
        await pool.wait_closed()

asyncio.run(main())
