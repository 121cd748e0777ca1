# The spec's "Python (websockets, asyncio)" client, unchanged but for the host and the key's source.
import asyncio, json, os, websockets
async def main():
    url = f"ws://{os.environ['HOST']}/api/v1/stream?api_key={os.environ['API_KEY']}"
    async for ws in websockets.connect(url): # auto-reconnects
        try:
            await ws.send(json.dumps({"type": "subscribe", "topic": "card:267"}))
            async for raw in ws:
                f = json.loads(raw)
                if f["type"] == "ping":
                    await ws.send(json.dumps({"type": "pong"}))
                elif f["type"] == "price_update":
                    print(f["data"])
        except websockets.ConnectionClosed:
            continue
asyncio.run(main())
