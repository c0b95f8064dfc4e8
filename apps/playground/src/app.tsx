export function App() {
  return (
    <main>
      <h1>Account Center playground</h1>
      <p>The drop-in account page appears here once the UI packages land.</p>
    </main>
  );
}
