// The spec's "JavaScript (browser, vanilla)" client, unchanged but for the host (and API_KEY read
// from the environment, as the spec leaves it to the page). Node 20 runs it with --experimental-websocket.
const API_KEY = process.env.API_KEY;
const url = "ws://" + process.env.HOST + "/api/v1/stream?api_key=" + encodeURIComponent(API_KEY);
let ws, backoff = 1000;
const topics = ["card:267", "market:movers"];
function connect() {
ws = new WebSocket(url);
ws.onopen = () => { backoff = 1000; ws.send(JSON.stringify({ type: "subscribe", topics })); };
ws.onmessage = (ev) => {
const f = JSON.parse(ev.data);
if (f.type === "ping") return ws.send(JSON.stringify({ type: "pong" }));
if (f.type === "price_update") console.log("price", f.data.card_id, f.data.market_price, f.data.currency);
if (f.type === "movers") console.log("movers", f.data.items.length);
};
ws.onclose = () => { setTimeout(connect, backoff = Math.min(backoff * 2, 30000)); };
}
connect();
