import { DIRECTORY, MUNICIPALITIES, ORGANISATIONS } from './directory';
import { linkProblems } from './links';

export { linkProblems };

/** The built directory's link problems: empty when all is well (the data test runs it). */
export function validateDirectory(): string[] {
	return linkProblems({
		municipalities: [...MUNICIPALITIES],
		organisations: [...ORGANISATIONS],
		entries: [...DIRECTORY]
	});
}
