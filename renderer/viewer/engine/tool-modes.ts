import {
  annotation, Enums as ToolEnums, LengthTool, PanTool, StackScrollTool, ToolGroupManager, WindowLevelTool, ZoomTool, type Types as ToolTypes,
} from '@cornerstonejs/tools';

/** What the left mouse button does. `none` hands clicks to the viewer (placing a level label or an arrow). */
export const PRIMARY_TOOLS = ['windowLevel', 'pan', 'zoom', 'scroll', 'length', 'none'] as const;
export type PrimaryTool = (typeof PRIMARY_TOOLS)[number];

const TOOL_NAME: Record<Exclude<PrimaryTool, 'none'>, string> = {
  windowLevel: WindowLevelTool.toolName,
  pan: PanTool.toolName,
  zoom: ZoomTool.toolName,
  scroll: StackScrollTool.toolName,
  length: LengthTool.toolName,
};

const { MouseBindings } = ToolEnums;

/**
 * One tool group for the viewer's viewports, with fixed secondary bindings — wheel scrolls,
 * middle button pans, right button zooms — and a switchable primary (left button) tool.
 * Length measurements stay visible and editable when another tool is primary.
 */
export function createToolGroup(id: string): ToolTypes.IToolGroup {
  const group = ToolGroupManager.createToolGroup(id);
  if (!group) throw new Error('Could not create the viewer tool group');
  for (const name of Object.values(TOOL_NAME)) group.addTool(name);
  group.setToolActive(StackScrollTool.toolName, { bindings: [{ mouseButton: MouseBindings.Wheel }] });
  group.setToolActive(PanTool.toolName, { bindings: [{ mouseButton: MouseBindings.Auxiliary }] });
  group.setToolActive(ZoomTool.toolName, { bindings: [{ mouseButton: MouseBindings.Secondary }] });
  group.setToolPassive(LengthTool.toolName);
  setPrimaryTool(group, 'windowLevel');
  return group;
}

export function setPrimaryTool(group: ToolTypes.IToolGroup, tool: PrimaryTool): void {
  const current = group.getActivePrimaryMouseButtonTool();
  if (current) group.setToolPassive(current);
  if (tool !== 'none') group.setToolActive(TOOL_NAME[tool], { bindings: [{ mouseButton: MouseBindings.Primary }] });
}

/** Removes the length measurements drawn on a viewport's element. */
export function clearMeasurements(element: HTMLDivElement): number {
  const found = annotation.state.getAnnotations(LengthTool.toolName, element) ?? [];
  for (const a of found) if (a.annotationUID) annotation.state.removeAnnotation(a.annotationUID);
  return found.length;
}
