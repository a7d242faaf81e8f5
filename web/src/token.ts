// The server's access token (DOSSIER_TOKEN), asked of the analyst when the server
// answers 401, kept in sessionStorage for this tab only (never in the URL, never in
// localStorage), and sent as Authorization: Bearer on every API request.
const KEY = 'dossier-token';

function storedToken(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function forgetToken(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // storage unavailable: nothing kept
  }
}

export function authHeaders(): Record<string, string> {
  const t = storedToken();
  return t ? { Authorization: `Bearer ${t}` } : {};
}

let asking: Promise<string | null> | null = null;

/**
 * A modal password field. Concurrent 401s share one prompt. Resolves with the token
 * (stored for the tab) or null when the analyst cancels.
 */
export function askToken(detail: string): Promise<string | null> {
  if (asking) return asking;
  asking = new Promise<string | null>((resolve) => {
    const dialog = document.createElement('dialog');
    dialog.className = 'token-prompt';
    dialog.dataset.testid = 'token-prompt';
    const form = document.createElement('form');
    form.method = 'dialog';
    const title = document.createElement('h2');
    title.textContent = 'Access token';
    const why = document.createElement('p');
    why.textContent = `${detail}. Enter the server's DOSSIER_TOKEN; it is kept for this tab only.`;
    const input = document.createElement('input');
    input.type = 'password';
    input.name = 'token';
    input.autocomplete = 'off';
    input.required = true;
    input.setAttribute('aria-label', 'access token');
    const ok = document.createElement('button');
    ok.type = 'submit';
    ok.value = 'ok';
    ok.textContent = 'Use token';
    const cancel = document.createElement('button');
    cancel.type = 'button';
    cancel.textContent = 'Cancel';
    cancel.onclick = () => dialog.close('cancel');
    form.append(title, why, input, ok, cancel);
    dialog.append(form);
    document.body.append(dialog);
    dialog.addEventListener('close', () => {
      const token = dialog.returnValue === 'ok' ? input.value.trim() : '';
      dialog.remove();
      asking = null;
      if (token) {
        try {
          sessionStorage.setItem(KEY, token);
        } catch {
          // storage unavailable: the token still serves this request
        }
      }
      resolve(token || null);
    });
    dialog.showModal();
    input.focus();
  });
  return asking;
}
