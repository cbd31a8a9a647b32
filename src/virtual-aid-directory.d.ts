/** The service directory, compiled from data/services/ at build time (src/lib/data/services.ts). */
declare module 'virtual:aid-directory' {
	const data: import('$lib/calc/finder/schema').DirectoryData;
	export default data;
}
