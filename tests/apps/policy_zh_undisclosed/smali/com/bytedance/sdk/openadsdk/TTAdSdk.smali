.class public final Lcom/bytedance/sdk/openadsdk/TTAdSdk;
.super Ljava/lang/Object;
.source "SourceFile"


# static fields
.field private static a:Z

.field private static b:Lcom/bytedance/sdk/openadsdk/TTAdConfig;


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method

.method public static init(Landroid/content/Context;Lcom/bytedance/sdk/openadsdk/TTAdConfig;)Z
    .registers 3

    sget-boolean v0, Lcom/bytedance/sdk/openadsdk/TTAdSdk;->a:Z

    if-nez v0, :cond_0

    sput-object p1, Lcom/bytedance/sdk/openadsdk/TTAdSdk;->b:Lcom/bytedance/sdk/openadsdk/TTAdConfig;

    invoke-virtual {p0}, Landroid/content/Context;->getApplicationContext()Landroid/content/Context;

    move-result-object v0

    invoke-static {v0}, Lcom/bytedance/sdk/openadsdk/core/i;->a(Landroid/content/Context;)Lorg/json/JSONObject;

    const/4 v0, 0x1

    sput-boolean v0, Lcom/bytedance/sdk/openadsdk/TTAdSdk;->a:Z

    :cond_0
    sget-boolean v0, Lcom/bytedance/sdk/openadsdk/TTAdSdk;->a:Z

    return v0
.end method

.method public static isInitSuccess()Z
    .registers 1

    sget-boolean v0, Lcom/bytedance/sdk/openadsdk/TTAdSdk;->a:Z

    return v0
.end method
