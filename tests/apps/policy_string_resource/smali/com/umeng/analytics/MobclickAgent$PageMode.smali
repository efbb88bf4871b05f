.class public final enum Lcom/umeng/analytics/MobclickAgent$PageMode;
.super Ljava/lang/Enum;
.source "MobclickAgent.java"


# annotations
.annotation system Ldalvik/annotation/EnclosingClass;
    value = Lcom/umeng/analytics/MobclickAgent;
.end annotation

.annotation system Ldalvik/annotation/InnerClass;
    accessFlags = 0x4019
    name = "PageMode"
.end annotation


# static fields
.field public static final enum AUTO:Lcom/umeng/analytics/MobclickAgent$PageMode;

.field public static final enum MANUAL:Lcom/umeng/analytics/MobclickAgent$PageMode;


# direct methods
.method static constructor <clinit>()V
    .registers 4

    new-instance v0, Lcom/umeng/analytics/MobclickAgent$PageMode;

    const-string v1, "AUTO"

    const/4 v2, 0x0

    invoke-direct {v0, v1, v2}, Lcom/umeng/analytics/MobclickAgent$PageMode;-><init>(Ljava/lang/String;I)V

    sput-object v0, Lcom/umeng/analytics/MobclickAgent$PageMode;->AUTO:Lcom/umeng/analytics/MobclickAgent$PageMode;

    new-instance v0, Lcom/umeng/analytics/MobclickAgent$PageMode;

    const-string v1, "MANUAL"

    const/4 v3, 0x1

    invoke-direct {v0, v1, v3}, Lcom/umeng/analytics/MobclickAgent$PageMode;-><init>(Ljava/lang/String;I)V

    sput-object v0, Lcom/umeng/analytics/MobclickAgent$PageMode;->MANUAL:Lcom/umeng/analytics/MobclickAgent$PageMode;

    return-void
.end method

.method private constructor <init>(Ljava/lang/String;I)V
    .registers 3

    invoke-direct {p0, p1, p2}, Ljava/lang/Enum;-><init>(Ljava/lang/String;I)V

    return-void
.end method
