# The spec's "Python (websocket-client)" client, unchanged but for the host and the key's source.
import json, os, websocket
API_KEY = os.environ["API_KEY"]
URL = f"ws://{os.environ['HOST']}/api/v1/stream?api_key={API_KEY}"
def on_open(ws):
    ws.send(json.dumps({"type": "subscribe", "topics": ["card:267", "market:movers"]}))
def on_message(ws, raw):
    f = json.loads(raw)
    if f["type"] == "ping":
        ws.send(json.dumps({"type": "pong"})); return
    if f["type"] == "price_update":
        print("price", f["data"]["card_id"], f["data"]["market_price"], f["data"]["currency"])
ws = websocket.WebSocketApp(URL, on_open=on_open, on_message=on_message)
ws.run_forever(ping_interval=20) # also re-connect in a loop with backoff in production
