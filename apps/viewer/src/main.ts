// Viewer entry: wires the pure modules to the page.
document.getElementById('app')!.textContent = 'Toile';
