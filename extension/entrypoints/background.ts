export default defineBackground(() => {
  // Filled in by the reader issue.
});
