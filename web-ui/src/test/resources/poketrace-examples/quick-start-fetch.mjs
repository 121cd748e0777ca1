fetch('https://api.poketrace.com/v1/cards', {
headers: { 'X-API-Key': 'pc_your_key' }
})
