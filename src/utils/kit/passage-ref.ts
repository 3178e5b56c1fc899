/**
 * The `data-kit-passage` value (`<case>~<anchor>`) that puts 加入讲义 on an element naming a
 * passage of the case page at `caseUrl` (`/cases/<id>/`, absolute or not); undefined for other pages.
 */
export function kitPassageRef(caseUrl: string, anchor: string | null | undefined): string | undefined {
  const caseId = /\/cases\/([a-z0-9-]+)\//.exec(caseUrl)?.[1];
  return caseId && anchor ? `${caseId}~${anchor}` : undefined;
}
