.class public Lcom/example/kuaidi/KuaidiApp;
.super Landroid/app/Application;
.source "KuaidiApp.java"


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Landroid/app/Application;-><init>()V

    return-void
.end method


# virtual methods
.method public onCreate()V
    .registers 2

    invoke-super {p0}, Landroid/app/Application;->onCreate()V

    const-string v0, "https://push.kuaidi.example.com/hb"

    invoke-static {v0}, Lcom/example/kuaidi/push/HeartbeatClient;->setEndpoint(Ljava/lang/String;)V

    return-void
.end method
