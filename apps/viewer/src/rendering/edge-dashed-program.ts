// A sigma 3 edge program drawing dashed straight edges (sigma has none built in and no @sigma/* package
// offers one): the rectangle edge's geometry, with the fragment shader cutting gaps every few screen pixels.

import { EdgeRectangleProgram } from 'sigma/rendering';
import type { RenderParams } from 'sigma/types';

export const DASH_PX = 6;
export const GAP_PX = 4;

const VERTEX_SHADER = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_normal;
attribute float a_normalCoef;
attribute vec2 a_positionStart;
attribute vec2 a_positionEnd;
attribute float a_positionCoef;

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_zoomRatio;
uniform float u_pixelRatio;
uniform float u_correctionRatio;
uniform float u_minEdgeThickness;
uniform float u_feather;
uniform vec2 u_dimensions;

varying vec4 v_color;
varying vec2 v_normal;
varying float v_thickness;
varying float v_feather;
varying float v_alongPx;

void main() {
  vec2 normal = a_normal * a_normalCoef;
  vec2 position = mix(a_positionStart, a_positionEnd, a_positionCoef);
  float normalLength = length(normal);
  vec2 unitNormal = normal / normalLength;
  float thicknessPx = max(normalLength, u_minEdgeThickness * u_sizeRatio);
  float thickness = thicknessPx * u_correctionRatio / u_sizeRatio;
  gl_Position = vec4((u_matrix * vec3(position + unitNormal * thickness, 1)).xy, 0, 1);

  // Distance from the source along the edge, in screen pixels, for the dash pattern:
  vec2 startClip = (u_matrix * vec3(a_positionStart, 1)).xy;
  vec2 endClip = (u_matrix * vec3(a_positionEnd, 1)).xy;
  v_alongPx = a_positionCoef * length((endClip - startClip) * u_dimensions * 0.5);

  v_thickness = thickness / u_zoomRatio;
  v_normal = unitNormal;
  v_feather = u_feather * u_correctionRatio / u_zoomRatio / u_pixelRatio * 2.0;
  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
  v_color.a *= 255.0 / 254.0;
}
`;

const FRAGMENT_SHADER = /* glsl */ `
#ifdef GL_FRAGMENT_PRECISION_HIGH
precision highp float;
#else
precision mediump float;
#endif

varying vec4 v_color;
varying vec2 v_normal;
varying float v_thickness;
varying float v_feather;
varying float v_alongPx;

void main(void) {
  #ifdef PICKING_MODE
  gl_FragColor = v_color;
  #else
  if (mod(v_alongPx, ${(DASH_PX + GAP_PX).toFixed(1)}) > ${DASH_PX.toFixed(1)}) discard;
  float dist = length(v_normal) * v_thickness;
  float t = smoothstep(v_thickness - v_feather, v_thickness, dist);
  gl_FragColor = mix(v_color, vec4(0.0, 0.0, 0.0, 0.0), t);
  #endif
}
`;

type Definition = ReturnType<EdgeRectangleProgram['getDefinition']>;
type ProgramInfo = Parameters<EdgeRectangleProgram['setUniforms']>[1];

export class EdgeDashedProgram extends EdgeRectangleProgram {
  override getDefinition(): Definition {
    const base = super.getDefinition();
    return {
      ...base,
      VERTEX_SHADER_SOURCE: VERTEX_SHADER,
      FRAGMENT_SHADER_SOURCE: FRAGMENT_SHADER,
      UNIFORMS: [...base.UNIFORMS, 'u_dimensions'] as unknown as Definition['UNIFORMS'],
    };
  }

  override setUniforms(params: RenderParams, info: ProgramInfo): void {
    super.setUniforms(params, info);
    const location = (info.uniformLocations as Record<string, WebGLUniformLocation>).u_dimensions;
    info.gl.uniform2f(location, params.width, params.height);
  }
}
