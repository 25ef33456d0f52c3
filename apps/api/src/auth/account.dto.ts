// Bodies and answers of the account endpoints (sign-in, tokens, API keys, users), validated by the one ValidationPipe.

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password';
import { ROLES, type Role } from './roles';

export class SignInDto {
  @ApiProperty({ example: 'animatrice@agglo.example' })
  @IsString()
  @MaxLength(320)
  email!: string;

  @ApiProperty()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

export class RefreshDto {
  @ApiProperty()
  @IsString()
  @MaxLength(200)
  refreshToken!: string;
}

export class SiteClaimDto {
  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  territoryId!: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  siteId!: string;
}

export class CreateUserDto {
  @ApiProperty()
  @IsEmail({}, { message: 'email : adresse e-mail invalide' })
  @MaxLength(320)
  email!: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `password : au moins ${PASSWORD_MIN_LENGTH} caractères` })
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES, { message: `role : attendu l’un de ${ROLES.join(', ')}` })
  role!: Role;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  displayName?: string;

  @ApiPropertyOptional({ type: [String], description: 'Territoires d’un·e animateur·rice' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  territoryIds?: string[];

  @ApiPropertyOptional({ type: [SiteClaimDto], description: 'Sites d’une entreprise' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => SiteClaimDto)
  sites?: SiteClaimDto[];
}

export class CreateApiKeyDto {
  @ApiProperty({ example: 'import nocturne' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  label!: string;
}

export class UserView {
  @ApiProperty() id!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({ description: 'Rôle en français' }) roleLabel!: string;
  @ApiProperty({ nullable: true, type: String }) displayName!: string | null;
  @ApiProperty({ type: [String] }) territoryIds!: string[];
  @ApiProperty({ type: [SiteClaimDto] }) sites!: SiteClaimDto[];
  @ApiProperty() createdAt!: string;
}

export class SessionView {
  @ApiProperty() accessToken!: string;
  @ApiProperty({ enum: ['Bearer'] }) tokenType!: 'Bearer';
  @ApiProperty({ description: 'Fin de validité du jeton d’accès (ISO 8601)' }) expiresAt!: string;
  @ApiProperty() refreshToken!: string;
  @ApiProperty() refreshExpiresAt!: string;
  @ApiProperty({ type: UserView }) user!: UserView;
}

export class ApiKeyView {
  @ApiProperty() id!: string;
  @ApiProperty() label!: string;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ nullable: true, type: String }) lastUsedAt!: string | null;
}

export class NewApiKeyView extends ApiKeyView {
  @ApiProperty({ description: 'La clé, montrée une seule fois' }) key!: string;
}
