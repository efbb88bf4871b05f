.class public abstract Lkotlinx/coroutines/CoroutineDispatcher;
.super Ljava/lang/Object;
.source "CoroutineDispatcher.kt"

# interfaces
.implements Lkotlin/coroutines/CoroutineContext;


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method


# virtual methods
.method public abstract dispatch(Lkotlin/coroutines/CoroutineContext;Ljava/lang/Runnable;)V
.end method
