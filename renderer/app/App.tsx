export function App() {
  return (
    <div className="app">
      <header className="app-bar">
        <span className="brand">SpineCorrelate</span>
      </header>
      <main className="app-main" />
    </div>
  );
}
