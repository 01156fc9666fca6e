/** The collaboration WebSocket on the same host that served the page (ws: or wss:). */
export function collabUrl(location: Location = window.location): string {
  const protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${location.host}/collab`;
}
