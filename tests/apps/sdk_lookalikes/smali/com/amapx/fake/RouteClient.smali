.class public Lcom/amapx/fake/RouteClient;
.super Ljava/lang/Object;
.source "RouteClient.java"
.field private final context:Landroid/content/Context;
.method public constructor <init>(Landroid/content/Context;)V
    .registers 2
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    iput-object p1, p0, Lcom/amapx/fake/RouteClient;->context:Landroid/content/Context;
    return-void
.end method
.method public plan(DD)Ljava/lang/String;
    .registers 6
    const-string v0, "https://route.mobile-app.example.cn/v1/plan"
    return-object v0
.end method
