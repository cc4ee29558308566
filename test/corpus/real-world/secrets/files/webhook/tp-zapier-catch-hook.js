await fetch('https://hooks.zapier.com/hooks/catch/2991338/j0jp9b/', { method: 'POST', body: JSON.stringify(order) });
