// autocannon 8 ships no types and @types/autocannon is for 7: the bench reads its result as it
// documents it (bench/serve.ts), untyped.
declare module 'autocannon';
