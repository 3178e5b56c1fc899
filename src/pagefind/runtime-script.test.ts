import { describe, expect, it } from 'vitest';
import { promptRuntime } from './runtime-script.ts';

// PagefindInstance.getPtr as Pagefind 1.6 writes it into pagefind.js.
const getPtr =
  'async getPtr(){while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(50);}if(!this.raw_ptr){console.error("Pagefind: WASM Error (No pointer)");throw new Error("Pagefind: WASM Error (No pointer)");}return this.raw_ptr;}';

describe('promptRuntime', () => {
  it('makes a search look for the loaded index every 4 ms instead of every 50 ms, and changes nothing else', () => {
    const script = `var asyncSleep=async(ms=100)=>{};class PagefindInstance{${getPtr}mergeIndex(){return asyncSleep(50);}}`;
    const prompt = promptRuntime(script);
    expect(prompt).toContain('throw this.initError;}await asyncSleep(4);}');
    expect(prompt).toContain('mergeIndex(){return asyncSleep(50);}');
    expect(prompt.length).toBe(script.length - 1);
  });

  it('refuses a runtime whose wait it does not know', () => {
    expect(() => promptRuntime('async getPtr(){await this.ready;return this.raw_ptr;}')).toThrow(/getPtr/);
  });
});
