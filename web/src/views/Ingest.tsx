import { useState } from 'react';
import { api, type IngestResult, upload } from '../api.js';
import { go, href } from '../router.js';

type Mode = 'paste' | 'upload' | 'url';

export function IngestView() {
  const [mode, setMode] = useState<Mode>('paste');
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [published, setPublished] = useState('');
  const [url, setUrl] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [progress, setProgress] = useState<string | null>(null);
  const [result, setResult] = useState<IngestResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async () => {
    setError(null);
    setResult(null);
    try {
      let r: IngestResult;
      if (mode === 'paste') {
        setProgress('Extracting…');
        r = await api.ingestText(text, title, published);
      } else if (mode === 'url') {
        setProgress('Fetching and extracting…');
        r = await api.ingestUrl(url);
      } else {
        setProgress('Uploading 0%');
        r = await upload(files, (f) =>
          setProgress(f < 1 ? `Uploading ${Math.round(f * 100)}%` : 'Extracting…'),
        );
      }
      setProgress(null);
      setResult(r);
      const ok = r.documents.filter((d) => d.status !== 'failed');
      if (ok.length === 1) go(href('article', ok[0]!.id));
    } catch (e) {
      setProgress(null);
      setError((e as Error).message);
    }
  };

  const ready =
    mode === 'paste' ? text.trim().length > 0 : mode === 'url' ? /^https?:\/\//i.test(url) : files.length > 0;
  return (
    <div className="ingest">
      <h1>Ingest</h1>
      <div className="tabs">
        {(['paste', 'upload', 'url'] as Mode[]).map((m) => (
          <button key={m} type="button" className={mode === m ? 'active' : ''} onClick={() => setMode(m)}>
            {m === 'paste' ? 'Paste text' : m === 'upload' ? 'Upload files' : 'From a URL'}
          </button>
        ))}
      </div>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (ready && !progress) run();
        }}
      >
        {mode === 'paste' && (
          <>
            <div className="row">
              <input
                placeholder="Title (optional)"
                value={title}
                onChange={(e) => setTitle(e.target.value)}
              />
              <label>
                published{' '}
                <input type="date" value={published} onChange={(e) => setPublished(e.target.value)} />
              </label>
            </div>
            <textarea
              aria-label="article text"
              rows={16}
              placeholder="Paste the article text here"
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          </>
        )}
        {mode === 'upload' && (
          <input
            type="file"
            multiple
            accept=".txt,.html,.htm,text/plain,text/html"
            onChange={(e) => setFiles([...(e.target.files ?? [])])}
          />
        )}
        {mode === 'url' && (
          <input
            type="url"
            className="wide"
            placeholder="https://…"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
          />
        )}
        <div className="row">
          <button type="submit" className="primary" disabled={!ready || !!progress}>
            Ingest
          </button>
          {progress && (
            <span className="progress" role="status">
              <span className="spinner" /> {progress}
            </span>
          )}
        </div>
      </form>
      {error && <p className="error">{error}</p>}
      {result && (
        <ul className="list">
          {result.documents.map((d) => (
            <li key={d.status === 'failed' ? `${d.title}\t${d.reason}` : d.id}>
              <span className={`badge ${d.status === 'failed' ? 'danger' : ''}`}>{d.status}</span>{' '}
              {d.status === 'failed' ? (
                <span>
                  {d.title ?? 'input'}: {d.reason}
                </span>
              ) : (
                <a href={href('article', d.id)}>{d.title ?? '(untitled)'}</a>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
