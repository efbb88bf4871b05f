.class public final Lcom/bytedance/sdk/openadsdk/TTAdSdk;
.super Ljava/lang/Object;
.source "TTAdSdk.java"


# static fields
.field private static a:Z


# direct methods
.method public static init(Landroid/content/Context;Lcom/bytedance/sdk/openadsdk/TTAdConfig;)V
    .registers 3

    const/4 v0, 0x1

    sput-boolean v0, Lcom/bytedance/sdk/openadsdk/TTAdSdk;->a:Z

    invoke-static {p0}, Lcom/bytedance/sdk/openadsdk/core/j;->a(Landroid/content/Context;)V

    return-void
.end method

.method public static isInitSuccess()Z
    .registers 1

    sget-boolean v0, Lcom/bytedance/sdk/openadsdk/TTAdSdk;->a:Z

    return v0
.end method
