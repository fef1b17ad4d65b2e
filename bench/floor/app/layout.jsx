// The framework's floor: the smallest Next.js App Router page, built with the same versions.
export default function Layout({ children }) {
  return (
    <html lang="nl">
      <body>{children}</body>
    </html>
  );
}
