.class public final La/c;
.super Landroid/net/ConnectivityManager$NetworkCallback;
.source "SourceFile"


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Landroid/net/ConnectivityManager$NetworkCallback;-><init>()V

    return-void
.end method


# virtual methods
.method public final onAvailable(Landroid/net/Network;)V
    .registers 3

    sget-object p1, Lcom/example/modern/ModernApp;->a:Lcom/example/modern/ModernApp;

    if-eqz p1, :cond_8

    const/4 v0, 0x1

    invoke-static {p1, v0}, La/a;->a(Landroid/content/Context;Z)V

    :cond_8
    return-void
.end method
